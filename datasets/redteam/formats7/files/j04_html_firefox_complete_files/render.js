function render(d){/* fills #t2 #t3 #t4 from window.NB */}
